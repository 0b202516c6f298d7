// Synthetic upstream search bodies: N individuals shaped like GET /individual answers.
#pragma once

#include <QByteArray>

namespace g2p::bench {

QByteArray individualsJson(int count, unsigned seed = 7);

} // namespace g2p::bench
