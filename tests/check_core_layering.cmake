# SPDX-FileCopyrightText: 2026 Tierline developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# core/ is QtCore and QtSql only. Linking keeps Widgets symbols out; this check also keeps
# out headers reachable through Qt's shared include folder (<QtWidgets/...>, <QtGui/...>).
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtCharts|QWidget|QApplication|QMessageBox)")
    if(includes)
        list(APPEND offenders "${source}: ${includes}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "core/ must not include GUI headers:\n${text}")
endif()
list(LENGTH sources count)
message(STATUS "core/ includes no GUI headers (${count} files checked)")
