#pragma once

// The Qt headers most test sources include, precompiled once for the whole suite (tests/CMakeLists.txt).
// Only system headers: a project header here would rebuild every test whenever it changes.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>
#include <QtTest>

#include <optional>
