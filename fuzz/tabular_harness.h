// The spreadsheet-reader fuzz harness: bytes as a CSV file and as an XLSX file, then every cell
// through the date reader. Shared by the libFuzzer target and the test suite's small fuzz run.
#pragma once

#include <cstddef>
#include <cstdint>

namespace g2p::fuzz {

int readTables(const std::uint8_t *data, std::size_t size);

} // namespace g2p::fuzz
