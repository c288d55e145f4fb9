// Adapts argv and the standard streams to cli::run; the only catch-all in telc.
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    telc::cli::Io io{std::cin, std::cout, std::cerr, isatty(STDERR_FILENO) == 1};
    const int code = telc::cli::run(args, io);
    std::cout.flush();
    return code;
  } catch (const std::exception& e) {
    std::cerr << "telc: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "telc: internal error: unknown exception\n";
  }
  return telc::cli::kInternal;
}
