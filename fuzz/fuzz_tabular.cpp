// libFuzzer entry point for the CSV and XLSX readers (scripts/fuzz.sh tabular).
#include "tabular_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    g2p::fuzz::readTables(data, size);
    return 0;
}
