# Install rules: headers, both targets under the civic:: namespace, and a package
# configuration that find_package(civic CONFIG) reads.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/civic DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS civic civic_header_only
  EXPORT civicTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT civicTargets
  NAMESPACE civic::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/civic)
export(EXPORT civicTargets NAMESPACE civic:: FILE ${PROJECT_BINARY_DIR}/civicTargets.cmake)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/civicConfig.cmake.in
  ${PROJECT_BINARY_DIR}/civicConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/civic)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/civicConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/civicConfig.cmake ${PROJECT_BINARY_DIR}/civicConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/civic)
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/civic)
