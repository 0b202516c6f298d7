// Reads a password from the terminal without echoing it.
#pragma once

#include <QString>

namespace g2p::cli {

bool stdinIsTerminal();
// Prompts on stderr and reads one line with echo off. Returns a null string on end of input.
QString promptPassword(const QString &prompt);
// One line from standard input (for --password-stdin), without its line ending.
QString readPasswordLine();

} // namespace g2p::cli
