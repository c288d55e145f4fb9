// One Catch2 main for every test binary. Each test process gets a scratch TMPDIR of its own, so
// tests that use fixed names under the temporary directory cannot collide when CTest runs them
// in parallel, or when two checkouts run their suites on one machine at the same time.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

int main(int argc, char* argv[]) {
  namespace fs = std::filesystem;
  std::string pattern = (fs::temp_directory_path() / "telc-tests-XXXXXX").string();
  const char* scratch = mkdtemp(pattern.data());
  if (scratch != nullptr) setenv("TMPDIR", scratch, 1);
  const int result = Catch::Session().run(argc, argv);
  if (scratch != nullptr) {
    std::error_code ignored;
    fs::remove_all(scratch, ignored);
  }
  return result;
}
