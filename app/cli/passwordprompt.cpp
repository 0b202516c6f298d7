#include "passwordprompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace g2p::cli {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString readPasswordLine()
{
    std::string line;
    int ch;
    bool any = false;
    while ((ch = std::fgetc(stdin)) != EOF) {
        any = true;
        if (ch == '\n')
            break;
        line.push_back(char(ch));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return any ? QString::fromStdString(line) : QString();
}

QString promptPassword(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString pw = readPasswordLine();
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
}

} // namespace g2p::cli
