# Tests: one tst_<unit> executable per unit (guichet_add_test), registered with
# CTest with labels and the environment every Qt test needs (offscreen platform,
# a private runtime folder). guichet_register_test registers an existing test
# executable once more, under another name, environment or wrapper.

# guichet_register_test(<name> TARGET <target> [LABELS ...] [ENV ...]
#                       [WRAPPER cmd...] [ARGS ...] [TIMEOUT s])
function(guichet_register_test name)
    cmake_parse_arguments(ARG "" "TARGET;TIMEOUT" "LABELS;ENV;WRAPPER;ARGS" ${ARGN})
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${ARG_TARGET}> ${ARG_ARGS})
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

# guichet_add_test(<unit> SOURCES ... [LIBS ...] [LABELS ...] [ENV ...]
#                  [WRAPPER cmd...] [ARGS ...] [TIMEOUT s])
function(guichet_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;WRAPPER;ARGS" ${ARGN})
    set(target tst_${name})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test guichet::compile_options ${ARG_LIBS})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR})
    target_compile_definitions(${target} PRIVATE
        GUICHET_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        GUICHET_BINARY_DIR="${PROJECT_BINARY_DIR}"
        GUICHET_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    set(forward)
    foreach(key LABELS ENV WRAPPER ARGS TIMEOUT)
        if(ARG_${key})
            list(APPEND forward ${key} ${ARG_${key}})
        endif()
    endforeach()
    guichet_register_test(${name} TARGET ${target} ${forward})
endfunction()
