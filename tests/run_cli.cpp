#include "run_cli.hpp"

#include <sstream>
#include <string_view>

#include "cli/app.hpp"

namespace telc::test {

CliRun run_telc(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::istringstream in(stdin_text);
  return run_telc(args, in);
}

CliRun run_telc(const std::vector<std::string>& args, std::istream& in) {
  std::ostringstream out, err;
  cli::Io io{in, out, err, false};
  const std::vector<std::string_view> views(args.begin(), args.end());
  const int code = cli::run(views, io);
  return {code, out.str(), err.str()};
}

std::filesystem::path fresh_dir(const std::string& suite, const std::string& name) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / suite / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace telc::test
