// Measuring g2p-desk as a whole process (the startup_1m, memory_1m and ui_stall benchmarks, or an
// integrator on a real registry), switched on by the environment and silent otherwise:
//   G2P_REPORT_FIRST_ROWS=1   prints "first_rows_painted" on stdout when a list first paints rows
//   G2P_STALL_REPORT=FILE     measures the GUI thread's stalls for the whole run; written on quit
// Neither report holds registry data.
#pragma once

class QApplication;

namespace g2p {

void installDiagnostics(QApplication &app);

} // namespace g2p
