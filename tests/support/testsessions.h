// Sessions for tests: the real backend over the sandbox, settings in the test's own QSettings
// (tests set their organisation and application names, so they never touch an officer's).
#pragma once

#include "sessionfactory.h"

namespace g2p::test {

inline const SessionFactory &sessions()
{
    static QSettings settings;
    static const SessionFactory factory(&settings);
    return factory;
}

} // namespace g2p::test
