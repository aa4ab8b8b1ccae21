# guichet_add_test(<name> SOURCES ... LIBS ... LABELS ... [ENV ...] [TIMEOUT s])
# One tst_<name> executable per unit, registered with CTest with its labels and
# the environment every Qt test needs (offscreen platform, private runtime dir).
function(guichet_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;ARGS" ${ARGN})
    set(target tst_${name})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test guichet::compile_options ${ARG_LIBS})
    target_compile_definitions(${target} PRIVATE
        GUICHET_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        GUICHET_BINARY_DIR="${PROJECT_BINARY_DIR}"
        GUICHET_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${target} ${ARG_ARGS})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${PROJECT_BINARY_DIR}/test-runtime;QT_LOGGING_RULES=guichet.*.debug=false;${ARG_ENV}")
endfunction()
