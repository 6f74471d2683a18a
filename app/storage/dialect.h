#pragma once

namespace huddle::storage {

// The two database engines Huddle stores its data in.
enum class Dialect {
    SQLite,     // the embedded default: one file on this computer
    PostgreSQL, // shared mode: a site's PostgreSQL server, named by a postgresql:// URL
};

} // namespace huddle::storage
