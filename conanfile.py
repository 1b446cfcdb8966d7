# Conan 2 recipe: conan create . (then test_package/ builds against the package).
import os

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, rmdir

required_conan_version = ">=2.0"


class CivicConan(ConanFile):
    name = "civic"
    version = "0.1.0"
    description = "Joint statements, open letters and appeals as structured, traceable data"
    license = "BSL-1.0"
    url = "https://github.com/civic-statements/civic"
    homepage = "https://github.com/civic-statements/civic"
    topics = ("civil-society", "parsing", "boost-spirit", "statements")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    options = {"shared": [True, False], "fPIC": [True, False], "header_only": [True, False]}
    default_options = {"shared": False, "fPIC": True, "header_only": False}
    exports_sources = "CMakeLists.txt", "cmake/*", "include/*", "src/*", "LICENSE"

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.header_only:
            self.package_type = "header-library"
            self.options.rm_safe("shared")
            self.options.rm_safe("fPIC")
        elif self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # civic's public headers include Boost (Spirit X3, JSON); fmt is part of its link interface.
        self.requires("boost/[>=1.81.0 <2]", transitive_headers=True)
        self.requires("fmt/[>=9.1.0 <11]", transitive_headers=True)

    def validate(self):
        check_min_cppstd(self, 17)

    def package_id(self):
        if self.info.options.header_only:
            self.info.clear()

    def generate(self):
        tc = CMakeToolchain(self)
        tc.cache_variables["CIVIC_BUILD_TESTS"] = False
        tc.cache_variables["CIVIC_BUILD_EXAMPLES"] = False
        tc.cache_variables["CIVIC_INSTALL"] = True
        tc.cache_variables["CIVIC_BUILD_LIBRARY"] = not self.options.header_only
        tc.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        if not self.options.header_only:
            cmake.build()

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()
        # Conan generates its own find_package() files and pkg-config files.
        for folder in ("lib/cmake", "lib/pkgconfig", "share"):
            rmdir(self, os.path.join(self.package_folder, folder))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "civic")
        self.cpp_info.set_property("cmake_target_name", "civic::civic")
        self.cpp_info.set_property("pkg_config_name", "civic")
        if self.options.header_only:
            # civic::header_only names the same target, as in civic's own CMake package.
            self.cpp_info.set_property("cmake_target_aliases", ["civic::header_only"])
            self.cpp_info.defines = ["CIVIC_HEADER_ONLY=1"]
            self.cpp_info.bindirs = []
            self.cpp_info.libdirs = []
        else:
            self.cpp_info.libs = ["civic"]
            if self.options.shared:
                self.cpp_info.defines = ["CIVIC_SHARED"]
        self.cpp_info.requires = ["boost::headers", "boost::json", "fmt::fmt"]
