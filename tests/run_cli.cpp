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

}  // namespace telc::test
