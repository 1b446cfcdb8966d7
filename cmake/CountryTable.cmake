# civic-regenerate-countries: rewrites the committed country table (and the unit-test data
# derived from it) from the iso-codes installed on this machine. Not part of ALL: builds must
# not depend on iso-codes or Python, and the table should change only in a reviewed commit.
find_package(Python3 COMPONENTS Interpreter)

if(Python3_Interpreter_FOUND)
    add_custom_target(civic-regenerate-countries
        COMMAND Python3::Interpreter
                "${CMAKE_CURRENT_LIST_DIR}/generate_country_table.py"
                --output "${PROJECT_SOURCE_DIR}/include/civic/geo/country_table.hpp"
                --test-data "${PROJECT_SOURCE_DIR}/tests/unit/country_names_data.hpp"
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Regenerating include/civic/geo/country_table.hpp from iso-codes"
        VERBATIM)
else()
    add_custom_target(civic-regenerate-countries
        COMMAND "${CMAKE_COMMAND}" -E echo "civic-regenerate-countries needs Python 3"
        COMMAND "${CMAKE_COMMAND}" -E false
        VERBATIM)
endif()
