#pragma once
// SHA-256 (FIPS 180-4), for the content hashes of the output manifest: `sha256sum -c` checks them.
#include <string>
#include <string_view>

namespace telc::driver {

/// The digest of `data` as 64 lowercase hexadecimal digits.
[[nodiscard]] std::string sha256_hex(std::string_view data);

}  // namespace telc::driver
