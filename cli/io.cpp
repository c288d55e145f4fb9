#include "cli/io.hpp"

#include <algorithm>
#include <istream>

namespace telc::cli {

std::string read_at_most(std::istream& in, std::size_t max_bytes) {
  constexpr std::size_t kChunk = std::size_t{64} << 10;  // grown as data arrives, never sized from max_bytes
  std::string text;
  while (text.size() < max_bytes && in) {
    const std::size_t used = text.size();
    text.resize(used + std::min(kChunk, max_bytes - used));
    in.read(text.data() + used, static_cast<std::streamsize>(text.size() - used));
    text.resize(used + static_cast<std::size_t>(in.gcount()));
  }
  return text;
}

}  // namespace telc::cli
