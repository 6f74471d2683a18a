// The translation unit that compiles tests/support/testpch.h into the suite's precompiled header.
