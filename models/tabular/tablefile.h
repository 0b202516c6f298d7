// One way to read a table file, for the desktop and the CLI alike: its size checked before it is
// read, CSV or XLSX told apart by content (a zip archive) or name, each within TableLimits.
#pragma once

#include "tabletext.h"

#include <QString>

namespace g2p {

TableText readTableFile(const QString &path, const TableLimits &limits = {});

} // namespace g2p
