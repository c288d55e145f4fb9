# `cpack -G DEB` in a build tree: telc_<version>_<arch>.deb with what `cmake --install` installs
# (the stripped binary, man pages, completions) below /usr.
set(TELC_MAINTAINER "telc maintainers <maintainers@users.noreply.b-seed-7c195949.example>"
    CACHE STRING "Maintainer field of the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME telc)
set(CPACK_PACKAGE_VENDOR telc)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "validate, lint and compile telemetry policy YAML")
set(CPACK_PACKAGE_DESCRIPTION
    "telc checks the YAML in which platform teams describe metric definitions, metric policies, export
policies and alert rules, with the MetricsQL, CEL, OTTL and Go templates inside them, reports every
problem at its file:line:col, lints it against naming and alerting conventions, checks
OpenTelemetry Collector configs, and compiles policies into Collector, Vector, kube-state-metrics
and Prometheus configs.")
set(CPACK_PACKAGE_CONTACT "${TELC_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TELC_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # telc_0.1.0_amd64.deb
set(CPACK_STRIP_FILES ON)
# A static telc (the default) needs nothing; a dynamic one gets its Depends from dpkg-shlibdeps.
if(NOT TELC_STATIC_DEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
