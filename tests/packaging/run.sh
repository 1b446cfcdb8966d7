#!/usr/bin/env bash
# Packaging tests: every way of getting civic into another project, each built and run.
#
# Builds civic twice (static and shared, Release) and installs each into a temporary prefix,
# installs a header-only package, then builds tests/packaging/consumer (find_package +
# civic::civic or civic::header_only) against them, the same source through add_subdirectory
# and FetchContent, test_package's CMakeLists, and a pkg-config build; checks that the shared
# library exports every function civic's headers declare CIVIC_FUNC; and parses the Conan
# recipe, the vcpkg manifests and the overlay port. Every consumer parses a small statement
# and exits non-zero unless it found its two signatories.
#
# Prints "ok: <way in>" or "FAIL: <way in>" (with the end of its log) per check, then
# "N passed, M failed"; exits non-zero when anything failed. No arguments. Needs what the
# README's quick start installs, plus pkg-config (installed here with apt-get when missing).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
src=$(pwd)
here="$src/tests/packaging"

work=$(mktemp -d "${TMPDIR:-/tmp}/civic-packaging.XXXXXX")
keep_work=0
cleanup() { if ((keep_work)); then echo "logs kept in $work/log"; else rm -rf "$work"; fi; }
trap cleanup EXIT
mkdir -p "$work/log"

jobs=2
# Release as a consumer builds it (NDEBUG, the install layout, the shared library's exports),
# without the optimiser: these checks test the ways in, not the code, and -O3 on civic's largest
# translation unit alone takes a minute and a half of a CI core in each of the six builds here.
release=(-DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG")
passed=0
failed=0

# check NAME FUNCTION ARGS...: runs the function with errexit in force (a background job is
# not a tested context, so `set -e` holds in it), its output in a log shown on failure.
check() {
  local name=$1
  shift
  local log="$work/log/${name//[^A-Za-z0-9_.-]/_}.log"
  ("$@") >"$log" 2>&1 &
  if wait $!; then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "FAIL: $name"
    tail -n 40 "$log" | sed 's/^/    /'
    failed=$((failed + 1))
    keep_work=1
  fi
}

# --- prerequisites ---------------------------------------------------------------------
if ! command -v pkg-config >/dev/null; then
  sudo=()
  if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then sudo=(sudo); fi
  echo "installing: pkg-config"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y -q --no-install-recommends pkg-config >/dev/null
fi

# --- steps -------------------------------------------------------------------------------

# install_civic NAME CMAKE-ARGS...: configure, build and install civic (library only) into
# $work/prefix-NAME, from the build tree $work/build-NAME.
install_civic() {
  local name=$1
  shift
  cmake -S "$src" -B "$work/build-$name" "${release[@]}" -DCIVIC_BUILD_TESTS=OFF -DCIVIC_BUILD_EXAMPLES=OFF \
    -DCMAKE_INSTALL_PREFIX="$work/prefix-$name" "$@"
  cmake --build "$work/build-$name" -j"$jobs"
  cmake --install "$work/build-$name"
  test -f "$work/prefix-$name/lib/cmake/civic/civicConfig.cmake"
  test -f "$work/prefix-$name/lib/cmake/civic/civicConfigVersion.cmake"
}

# expect_run PROGRAM FLAVOUR: runs a consumer and checks the flavour it reports.
expect_run() {
  local out
  out=$("$1")
  echo "$out"
  grep -q "($2): 2 signatories" <<<"$out"
}

# consume NAME SOURCE-DIR FLAVOUR CMAKE-ARGS...: configures, builds and runs a consumer.
consume() {
  local name=$1 dir=$2 flavour=$3
  shift 3
  cmake -S "$dir" -B "$work/consumer-$name" "${release[@]}" "$@"
  cmake --build "$work/consumer-$name" -j"$jobs"
  expect_run "$work/consumer-$name/consumer" "$flavour"
}

consume_shared() {
  consume "$@"
  # Linked against the shared library of the prefix (or build tree) it was given. Read whole
  # before the test: `grep -q` at the end of a pipe exits at its match, and under pipefail the
  # writer it leaves behind (killed by SIGPIPE) would fail the check as the machine's timing goes.
  local libs
  libs=$(ldd "$work/consumer-$1/consumer")
  printf '%s\n' "$libs" >&2
  grep -q "libcivic\.so\.0 => $work/" <<<"$libs"
}

# Every function a header declares CIVIC_FUNC is a dynamic symbol of libcivic.so: as many
# exported overloads per name as the most declarations of that name in one file.
check_exports() {
  local so=$work/prefix-shared/lib/libcivic.so
  nm -DC --defined-only "$so" | awk '$2 ~ /^[TW]$/ { $1 = ""; $2 = ""; sub(/^ +/, ""); print }' >"$work/exported.txt"
  find "$src/include/civic" \( -name '*.hpp' -o -name '*.ipp' \) ! -path '*/civic/config.hpp' -print0 |
    xargs -0 awk '
      /^[ \t]*CIVIC_FUNC[ \t]/ {
        decl = $0
        while (decl !~ /\(/ && (getline more) > 0) decl = decl " " more
        sub(/\(.*/, "", decl)
        # An operator keeps its symbol ("operator="), as nm prints it.
        if (match(decl, /operator[ \t]*[^A-Za-z0-9_ \t]+[ \t]*$/)) {
          op = substr(decl, RSTART)
          gsub(/[ \t]/, "", op)
          print FILENAME, op
          next
        }
        n = split(decl, w, /[^A-Za-z0-9_]+/)
        while (n > 0 && w[n] == "") n--
        print FILENAME, w[n]
      }' | sort | uniq -c | awk '{ if ($1 > max[$3]) max[$3] = $1 } END { for (f in max) print f, max[f] }' |
    sort >"$work/declared.txt"
  local total=0 missing=0 name want have
  while read -r name want; do
    local name_re
    name_re=$(printf '%s' "$name" | sed 's/[][\.*^$+?(){}|]/\\&/g')
    have=$(grep -cE "^civic::([A-Za-z0-9_]+::)*${name_re}(\[abi:[A-Za-z0-9_]+\])?\(" "$work/exported.txt" || true)
    total=$((total + want))
    if ((have < want)); then
      echo "not exported: $name ($have of $want)"
      missing=$((missing + 1))
    fi
  done <"$work/declared.txt"
  # Hidden visibility: civic exports nothing else.
  local extra
  extra=$(sed -nE 's/^civic::([A-Za-z0-9_]+::)*([A-Za-z0-9_]+)(\[abi:[A-Za-z0-9_]+\])?\(.*/\2/p' "$work/exported.txt" |
    sort -u | comm -23 - <(cut -d' ' -f1 "$work/declared.txt" | sort -u))
  if [[ -n $extra ]]; then
    echo "exported without CIVIC_FUNC: $extra"
    missing=$((missing + 1))
  fi
  echo "$total CIVIC_FUNC functions declared; $(grep -c '^civic::' "$work/exported.txt") civic functions exported"
  ((total > 0 && missing == 0))
}

pkg_config_consumer() {
  local name=$1 flavour=$2
  export PKG_CONFIG_PATH="$work/prefix-$name/lib/pkgconfig"
  pkg-config --validate civic
  pkg-config --cflags --libs civic
  local libdir
  libdir=$(pkg-config --variable=libdir civic)
  # shellcheck disable=SC2046  # pkg-config's flags are meant to be split
  g++ -std=c++17 "$here/consumer/main.cpp" -o "$work/pkg-config-$name" $(pkg-config --cflags --libs civic) \
    -Wl,-rpath,"$libdir"
  expect_run "$work/pkg-config-$name" "$flavour"
}

test_package_build() {
  cmake -S "$src/test_package" -B "$work/test_package" "${release[@]}" -DCMAKE_PREFIX_PATH="$work/prefix-shared"
  cmake --build "$work/test_package" -j"$jobs"
  "$work/test_package/test_package"
}

conan_recipes() {
  local f
  for f in conanfile.py test_package/conanfile.py; do
    python3 -c "import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])" "$f"
  done
  # The recipe defines the methods and options the Conan 2 conventions ask for.
  python3 - <<'PY'
import ast
tree = ast.parse(open("conanfile.py").read())
cls = next(n for n in tree.body if isinstance(n, ast.ClassDef))
methods = {n.name for n in cls.body if isinstance(n, ast.FunctionDef)}
need = {"layout", "requirements", "validate", "generate", "build", "package", "package_info", "package_id"}
assert need <= methods, f"missing methods: {need - methods}"
text = open("conanfile.py").read()
for s in ('"shared"', '"fPIC"', '"header_only"', "cmake_layout(self)", "CMakeToolchain", "CMakeDeps",
          "check_min_cppstd(self, 17)", '"cmake_file_name", "civic"', '"cmake_target_name", "civic::civic"'):
    assert s in text, f"conanfile.py lacks {s}"
print("conanfile.py:", sorted(methods))
PY
}

vcpkg_manifests() {
  local f
  for f in vcpkg.json ports/civic/vcpkg.json; do
    if command -v python3 >/dev/null; then python3 -m json.tool "$f" >/dev/null; fi
    # CMake's JSON reader, which is always there: name, version and dependencies.
    cmake -DMANIFEST="$f" -P "$here/check_vcpkg_json.cmake"
  done
}

vcpkg_port() {
  cmake -DPORT_DIR="$src/ports/civic" -DSOURCE_DIR="$src" -DWORK="$work/vcpkg-port" -DFEATURES=core \
    -P "$here/check_portfile.cmake"
}

# --- the checks --------------------------------------------------------------------------
check "install static" install_civic static
check "install shared" install_civic shared -DBUILD_SHARED_LIBS=ON
check "install header-only package" install_civic header-only -DCIVIC_BUILD_LIBRARY=OFF
check "shared library exports every CIVIC_FUNC" check_exports

check "find_package static" consume static "$here/consumer" static -DCMAKE_PREFIX_PATH="$work/prefix-static"
check "find_package shared" consume_shared shared "$here/consumer" shared -DCMAKE_PREFIX_PATH="$work/prefix-shared"
check "find_package header-only" consume header-only "$here/consumer" header-only \
  -DCMAKE_PREFIX_PATH="$work/prefix-static" -DCIVIC_CONSUMER_TARGET=civic::header_only
check "find_package header-only package" consume header-only-package "$here/consumer" header-only \
  -DCMAKE_PREFIX_PATH="$work/prefix-header-only"
check "find_package build tree" consume build-tree "$here/consumer" static -Dcivic_DIR="$work/build-static"
check "add_subdirectory" consume subdirectory "$here/subdirectory" static -DCIVIC_SOURCE_DIR="$src"
check "FetchContent (shared)" consume_shared fetchcontent "$here/fetchcontent" shared -DCIVIC_SOURCE_DIR="$src" \
  -DBUILD_SHARED_LIBS=ON
check "test_package" test_package_build
check "pkg-config static" pkg_config_consumer static static
check "pkg-config shared" pkg_config_consumer shared shared
if command -v python3 >/dev/null; then
  check "conan recipe" conan_recipes
else
  echo "skip: conan recipe (python3 is not installed)"
fi
check "vcpkg manifests" vcpkg_manifests
check "vcpkg overlay port" vcpkg_port

echo
echo "$passed passed, $failed failed"
((failed == 0))
