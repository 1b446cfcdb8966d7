// The JSON reader and the round trip through JSON. Any bytes given to civic::try_from_json
// are an error or a parse_result, never a crash or an exception; and a statement parsed from
// any bytes comes back equal from the JSON it is written as (spans and diagnostics included).
#include "fuzz_check.hpp"

#include <civic/export/json.hpp>

#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);

    // Untrusted JSON text: read or refused, nothing else.
    auto const read = civic::try_from_json(input);
    if (read) {
        // What was read writes out again and reads back to the same.
        auto const again = civic::try_from_json(boost::json::serialize(civic::to_json(*read)));
        CIVIC_FUZZ_CHECK(again.has_value());
        CIVIC_FUZZ_CHECK(*again == *read);
    }

    // The input as a statement: written and read back, it is the same.
    auto const parsed = civic::parse(input);
    auto const text = boost::json::serialize(civic::to_json(parsed));
    auto const back = civic::try_from_json(text);
    CIVIC_FUZZ_CHECK(back.has_value());
    CIVIC_FUZZ_CHECK(*back == parsed);
    return 0;
}
