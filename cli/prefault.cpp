// Maps the executable's read-only segments (code and constants) in one system call before
// anything runs. A one-file run touches code spread over most of the ~9 MB image, and each page
// fault maps one 64 KB window of it: 138 faults for `telc validate` of one policy, 70 with this.
// Faults are dear on virtual machines, most of all under load (there this was up to a quarter of
// a small run). The pages come from the page cache and are shared, so nothing is read or copied.
// A kernel without MADV_POPULATE_READ (before 5.14) refuses it and the faults happen as before.
//
// Linked into the static executable only (cli/CMakeLists.txt): `.preinit_array` runs before
// the constructors of the libraries, and sanitizer builds have preinit work of their own.
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace {

int populate_read_only_segments(dl_phdr_info* info, std::size_t /*size*/, void* /*data*/) {
  const auto page = static_cast<std::uintptr_t>(getpagesize());
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& header = info->dlpi_phdr[i];
    if (header.p_type != PT_LOAD || (header.p_flags & PF_W) != 0) continue;
    const std::uintptr_t begin = (info->dlpi_addr + header.p_vaddr) & ~(page - 1);
    const std::uintptr_t end = (info->dlpi_addr + header.p_vaddr + header.p_memsz + page - 1) & ~(page - 1);
    // An address from the ELF headers.
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast,performance-no-int-to-ptr)
    (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_READ);
  }
  return 1;  // the executable comes first; shared objects (if any) are left alone
}

void populate_image(int /*argc*/, char** /*argv*/, char** /*envp*/) {
  (void)dl_iterate_phdr(populate_read_only_segments, nullptr);
}

}  // namespace

using PreinitFunction = void (*)(int, char**, char**);
// The C library calls the functions of this array before any constructor.
__attribute__((section(".preinit_array"), used)) static const PreinitFunction kPopulateImage = populate_image;
