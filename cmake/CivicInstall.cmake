# Install rules: headers, the targets under the civic:: namespace, a package configuration that
# find_package(civic CONFIG) reads (installed and in the build tree), and civic.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CIVIC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/civic"
  CACHE STRING "Where civicConfig.cmake is installed, relative to the prefix")
mark_as_advanced(CIVIC_INSTALL_CMAKEDIR)

set(CIVIC_EXPORTED_TARGETS civic_header_only)
if(TARGET civic)
  list(APPEND CIVIC_EXPORTED_TARGETS civic)
endif()

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/civic" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS ${CIVIC_EXPORTED_TARGETS}
  EXPORT civicTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT civicTargets
  NAMESPACE civic::
  DESTINATION ${CIVIC_INSTALL_CMAKEDIR})

# The build tree is a package too: find_package(civic) with civic_DIR=<build dir>.
export(EXPORT civicTargets NAMESPACE civic:: FILE "${PROJECT_BINARY_DIR}/civicTargets.cmake")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/civicConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/civicConfig.cmake"
  INSTALL_DESTINATION ${CIVIC_INSTALL_CMAKEDIR})
if(TARGET civic)
  write_basic_package_version_file("${PROJECT_BINARY_DIR}/civicConfigVersion.cmake"
    COMPATIBILITY SameMajorVersion)
else()
  # Header-only: no compiled code, so any architecture (32/64 bit) may use it.
  write_basic_package_version_file("${PROJECT_BINARY_DIR}/civicConfigVersion.cmake"
    COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
endif()
install(FILES "${PROJECT_BINARY_DIR}/civicConfig.cmake" "${PROJECT_BINARY_DIR}/civicConfigVersion.cmake"
  DESTINATION ${CIVIC_INSTALL_CMAKEDIR})

include(CivicPkgConfig)

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/civic)
