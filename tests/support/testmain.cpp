#include "testmain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace huddle::testmain {
namespace {

struct Registration {
    Application application;
    TestFactory make;
};

// Filled by the test sources' static initialisers, before main runs; a function-local static so that it
// exists whichever source registers first.
std::map<std::string, Registration> &registry()
{
    static std::map<std::string, Registration> tests;
    return tests;
}

int usage(const char *program)
{
    std::fprintf(stderr, "usage: %s TEST [QtTest options]\ntests:\n", program);
    for (const auto &entry : registry())
        std::fprintf(stderr, "  %s\n", entry.first.c_str());
    return 2;
}

// The same steps as QTest's QTEST_MAIN family: the application object first, then the test object, then
// qExec.
int runTest(const Registration &test, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (test.application == Application::Gui)
        app = std::make_unique<QApplication>(argc, argv);
    else if (test.application == Application::Core)
        app = std::make_unique<QCoreApplication>(argc, argv);
    if (app)
        app->setAttribute(Qt::AA_Use96Dpi, true);
    const std::unique_ptr<QObject> testObject = test.make();
    return QTest::qExec(testObject.get(), argc, argv);
}

} // namespace

bool registerTest(const char *name, Application application, TestFactory make)
{
    const bool added = registry().emplace(name, Registration{application, make}).second;
    if (!added) {
        std::fprintf(stderr, "two tests are registered as %s\n", name);
        std::abort();
    }
    return true;
}

} // namespace huddle::testmain

int main(int argc, char **argv)
{
    using namespace huddle::testmain;
    if (argc < 2)
        return usage(argv[0]);
    const auto test = registry().find(argv[1]);
    if (test == registry().end()) {
        std::fprintf(stderr, "no test named %s\n", argv[1]);
        return usage(argv[0]);
    }
    // QtTest sees the program and the options after the test's name, as if the test were a program of its
    // own.
    std::vector<char *> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    int count = argc - 1;
    return runTest(test->second, count, arguments.data());
}
