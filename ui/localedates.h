// Dates on screen in the chosen language's format (files and the API keep ISO dates): the
// locale's short format with a four-digit year, so an officer never has to guess the century.
#pragma once

#include <QString>

class QDateEdit;

namespace g2p {

QString screenDateFormat();
void useScreenDateFormat(QDateEdit *edit);

} // namespace g2p
