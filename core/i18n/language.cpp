// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Tierline::Language {

namespace {

// The translators must outlive every tr() call that uses them: they belong to the
// application object and are replaced, never left dangling, on a language switch.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString codeForLocale(const QLocale &locale)
{
    const QString name = locale.name().section(QLatin1Char('_'), 0, 0);
    return available().contains(name) ? name : QStringLiteral("en");
}

} // namespace

QString systemLanguage()
{
    return codeForLocale(QLocale::system());
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("id"), QStringLiteral("it")};
}

QLocale localeFor(const QString &code)
{
    if (code == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (code == QLatin1String("id"))
        return QLocale(QLocale::Indonesian, QLocale::Indonesia);
    if (code == QLatin1String("it"))
        return QLocale(QLocale::Italian, QLocale::Italy);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QString apply(const QString &requested)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString code = requested.isEmpty() ? systemLanguage()
        : available().contains(requested)    ? requested
                                             : QStringLiteral("en");
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    auto load = [&](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, name, QStringLiteral("_"), folder)
            && QCoreApplication::installTranslator(translator)) {
            installed().append(translator);
        } else {
            delete translator;
        }
    };
    load(QStringLiteral("tierline"), QStringLiteral(":/i18n"));
    if (code != QLatin1String("en"))
        load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return code;
}

} // namespace Tierline::Language
