#pragma once

// Each test directory builds one executable holding all its test classes (tests/CMakeLists.txt), and ctest
// runs it once per test: `tests_storage test_evaluations [QtTest options]`. One program per directory instead
// of one per test class: CI builds on two cores, and running moc and the linker for ninety small programs was
// a fifth of the build. Every test still runs in a process of its own, so no state leaks from one test into
// the next.
//
// A test source registers its class with one of the macros below, in place of QTEST_MAIN and its siblings;
// HUDDLE_TEST_NAME is the ctest name, defined for each test source by huddle_add_test.

#include <QObject>

#include <memory>

namespace huddle::testmain {

// Which application object the test needs, as QTEST_MAIN (GUI), QTEST_GUILESS_MAIN (core) and
// QTEST_APPLESS_MAIN (none) would have made.
enum class Application { None, Core, Gui };

using TestFactory = std::unique_ptr<QObject> (*)();

// Records a test under its ctest name; returns true so that a namespace-scope constant can call it.
bool registerTest(const char *name, Application application, TestFactory make);

} // namespace huddle::testmain

#define HUDDLE_REGISTER_TEST(TestClass, application)                                                         \
    namespace {                                                                                              \
    const bool huddleTestRegistered = huddle::testmain::registerTest(HUDDLE_TEST_NAME, application, [] {     \
        return std::unique_ptr<QObject>(std::make_unique<TestClass>());                                      \
    });                                                                                                      \
    }

#define HUDDLE_TEST_MAIN(TestClass) HUDDLE_REGISTER_TEST(TestClass, huddle::testmain::Application::Gui)
#define HUDDLE_TEST_GUILESS_MAIN(TestClass)                                                                  \
    HUDDLE_REGISTER_TEST(TestClass, huddle::testmain::Application::Core)
#define HUDDLE_TEST_APPLESS_MAIN(TestClass)                                                                  \
    HUDDLE_REGISTER_TEST(TestClass, huddle::testmain::Application::None)
