// libFuzzer entry point for the API decoder (scripts/fuzz.sh builds it with clang, ASan and UBSan).
#include "codec.h"
#include "decoder_harness.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Exercise the chunked path of large lists on small inputs too.
    g2p::detail::setChunkedDecoding(64, 48);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    g2p::fuzz::decodeEverything(data, size);
    return 0;
}
