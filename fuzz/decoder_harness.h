// The decoder fuzz harness: one input through every decoder, on both JSON engines. Shared by the
// libFuzzer target and the test suite's small fuzz run.
#pragma once

#include <cstddef>
#include <cstdint>

namespace g2p::fuzz {

// Must never crash, hang or leak, whatever the bytes. Returns the number of decoders that
// accepted the input.
int decodeEverything(const std::uint8_t *data, std::size_t size);

} // namespace g2p::fuzz
