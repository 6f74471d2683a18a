#pragma once

// Each test directory builds one executable holding all its test classes (tests/CMakeLists.txt), and ctest
// runs it once per test: `tests_storage test_evaluations [QtTest options]`. One program per directory instead
// of one per test class: CI builds on two cores, and running moc and the linker for ninety small programs was
// a fifth of the build. Every test still runs in a process of its own, so no state leaks from one test into
// the next.
//
// A test source registers its class with one of the macros below, in place of QTEST_MAIN and its siblings,
// under its ctest name (the name huddle_add_test gives it): HUDDLE_TEST_MAIN("test_evaluations",
// TestEvaluations). The name is written in the source rather than passed as a per-source define because the
// sources of a test program compile in unity batches, which take only sources without defines of their own. A
// name that differs from the one ctest runs fails that test ("no test named …").

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

// __COUNTER__ gives each registration a name of its own, as several test sources share a unity batch.
#define HUDDLE_TEST_CONCAT_(a, b) a##b
#define HUDDLE_TEST_CONCAT(a, b) HUDDLE_TEST_CONCAT_(a, b)
#define HUDDLE_REGISTER_TEST(name, TestClass, application)                                                   \
    namespace {                                                                                              \
    const bool HUDDLE_TEST_CONCAT(huddleTestRegistered,                                                      \
                                  __COUNTER__) = huddle::testmain::registerTest(name, application, [] {      \
        return std::unique_ptr<QObject>(std::make_unique<TestClass>());                                      \
    });                                                                                                      \
    }

#define HUDDLE_TEST_MAIN(name, TestClass)                                                                    \
    HUDDLE_REGISTER_TEST(name, TestClass, huddle::testmain::Application::Gui)
#define HUDDLE_TEST_GUILESS_MAIN(name, TestClass)                                                            \
    HUDDLE_REGISTER_TEST(name, TestClass, huddle::testmain::Application::Core)
#define HUDDLE_TEST_APPLESS_MAIN(name, TestClass)                                                            \
    HUDDLE_REGISTER_TEST(name, TestClass, huddle::testmain::Application::None)
