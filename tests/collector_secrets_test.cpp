// Secret references in generated collector configs: the namespace keeps two namespaces' Secrets
// of one name apart (files and variables), and keys that would still share a variable in one
// config are reported instead of being read from one variable.
#include <catch2/catch.hpp>

#include "backends/collector/secrets.hpp"

namespace col = telc::backends::collector;

namespace {

telc::ir::ExportPipeline policy(const std::string& name_space, const std::string& secret) {
  telc::ir::ExportPipeline p;
  p.name = "p";
  p.name_space = name_space;
  telc::ir::ExportSink sink;
  sink.name = "remote";
  sink.auth = {telc::ir::Auth::Kind::basic, secret, ""};
  p.sinks.push_back(sink);
  return p;
}

telc::model::ProjectConfig config(const std::string& mode) {
  telc::model::ProjectConfig c;
  c.secrets_mode = mode;
  c.secrets_mount_path = "/etc/telc/secrets";
  return c;
}

}  // namespace

TEST_CASE("two namespaces' Secrets of one name get different files and variables") {
  const col::SecretKey a{"team-a", "credentials", "password"}, b{"team-b", "credentials", "password"};
  CHECK(col::secret_env_name(a) == "SECRET_TEAM_A_CREDENTIALS_PASSWORD");
  CHECK(col::secret_env_name(a) != col::secret_env_name(b));
  CHECK(col::secret_file_path(config("file"), a) == "/etc/telc/secrets/team-a/credentials/password");
  CHECK(col::secret_file_path(config("file"), a) != col::secret_file_path(config("file"), b));

  const auto pa = policy("team-a", "credentials"), pb = policy("team-b", "credentials");
  telc::diag::Sink sink;
  col::check_secret_names(config("env"), {&pa, &pb}, sink);
  CHECK(sink.all().empty());
  const auto env = col::auth_extension(config("env"), {0, 159, 0}, "team-b", pb.sinks[0].auth);
  CHECK(env["client_auth"]["username"] == "${env:SECRET_TEAM_B_CREDENTIALS_USERNAME}");
}

TEST_CASE("basicauth reads files by key from 0.147 and through the file provider before") {
  const telc::ir::Auth auth{telc::ir::Auth::Kind::basic, "credentials", ""};
  const auto recent = col::auth_extension(config("file"), {0, 147, 0}, "ns", auth);
  CHECK(recent["client_auth"]["password_file"] == "/etc/telc/secrets/ns/credentials/password");
  const auto old = col::auth_extension(config("file"), {0, 146, 0}, "ns", auth);
  CHECK_FALSE(old["client_auth"].contains("password_file"));
  CHECK(old["client_auth"]["password"] == "${file:/etc/telc/secrets/ns/credentials/password}");
}

TEST_CASE("Secret keys that would share one variable are an emit/name-collision") {
  const auto dash = policy("a-b", "c"), dot = policy("a", "b-c");  // both SECRET_A_B_C_…
  telc::diag::Sink sink;
  col::check_secret_names(config("env"), {&dash, &dot}, sink);
  REQUIRE(!sink.all().empty());
  CHECK(sink.all().front().code == "emit/name-collision");
  telc::diag::Sink files;
  col::check_secret_names(config("file"), {&dash, &dot}, files);  // paths keep the parts apart
  CHECK(files.all().empty());
}
