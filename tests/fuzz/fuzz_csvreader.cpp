// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: any bytes through the CSV reader and the contacts import checks. A
// malformed file must end in a clear error, never a crash, a hang or an unbounded read.

#include "contacts/contactimport.h"
#include "csv/csvreader.h"

#include <cstddef>
#include <cstdint>

using namespace Tierline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        CsvReader reader(bytes);
        if (reader.ok()) {
            QStringList fields;
            int records = 0;
            while (reader.readRecord(fields)) {
                ++records;
                if (reader.recordLine() < 1 || reader.permille() < 0 || reader.permille() > 1000)
                    __builtin_trap();
            }
            if (records < 0)
                __builtin_trap();
        } else if (reader.error().message.isEmpty()) {
            __builtin_trap(); // a refused file says why
        }
    }
    CsvReader reader(bytes);
    if (reader.ok()) {
        const auto contacts = ContactImport::read(reader);
        if (!contacts && contacts.error().message.isEmpty())
            __builtin_trap();
        if (contacts) {
            for (const ImportedContact &contact : *contacts) {
                if (!ContactImport::isEmailAddress(contact.email))
                    __builtin_trap(); // only checked rows come out
            }
        }
    }
    return 0;
}
