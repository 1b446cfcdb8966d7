# Overlay port: vcpkg install civic --overlay-ports=<checkout>/ports
# The package holds both flavours: civic::civic (static or shared, after the triplet) and
# civic::header_only. A header-only feature would take the compiled library away, and vcpkg
# features must only add, so there is none.
vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO civic-statements/civic
    REF "v${VERSION}"
    SHA512 0  # the SHA512 of the v0.1.0 release archive, to be filled in when it is tagged
    HEAD_REF main
)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DCIVIC_BUILD_TESTS=OFF
        -DCIVIC_BUILD_EXAMPLES=OFF
        -DCIVIC_BUILD_LIBRARY=ON
        -DCIVIC_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_copy_pdbs()
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/civic)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE
    "${CURRENT_PACKAGES_DIR}/debug/include"
    "${CURRENT_PACKAGES_DIR}/debug/share"
)
# The licence is installed as the copyright file instead.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/doc")

vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
