#pragma once

#include <QPalette>

namespace huddle::ui {

// `palette` with its selection colour darkened (or, under dark selected text, lightened) just enough that
// selected text reads at WCAG 2.1's contrast minimum of 4.5:1
// (https://www.w3.org/TR/WCAG21/#contrast-minimum). Fusion's default selection blue (#308cc6) under white
// text gives 3.7:1, and a selected row is where a team leader reads the most. The other roles are left as the
// style or desktop set them.
QPalette readablePalette(QPalette palette);

} // namespace huddle::ui
