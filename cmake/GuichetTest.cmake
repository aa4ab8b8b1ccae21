# Tests: one tst_<unit> executable per unit (guichet_add_test), registered with
# CTest with labels and the environment every Qt test needs (offscreen platform,
# a private runtime folder). guichet_register_test registers an existing test
# executable once more, under another name, environment or wrapper.
#
# Every test runs under test_reaper (tests/support/testreaper.cpp, docs/testing.md):
# nothing it starts outlives it, on any path, and it stops a little before its
# TIMEOUT saying what hung. TIMEOUT is a few times the test's normal run (measured,
# docs/testing.md); GUICHET_TEST_TIMEOUT_SCALE stretches them all (the asan preset).

set(GUICHET_TEST_TIMEOUT_SCALE 1 CACHE STRING "Factor applied to every test's TIMEOUT (sanitizer builds run slower)")

# guichet_test_command(<out-var> <name> <timeout-s> cmd...): the command line that runs
# cmd under test_reaper; sets <out-var>_TIMEOUT to the scaled timeout.
function(guichet_test_command out name timeout)
    math(EXPR scaled "${timeout} * ${GUICHET_TEST_TIMEOUT_SCALE}")
    set(${out} $<TARGET_FILE:test_reaper> --name ${name} --timeout ${scaled} -- ${ARGN} PARENT_SCOPE)
    set(${out}_TIMEOUT ${scaled} PARENT_SCOPE)
endfunction()

# The environment of every test: GUICHET_TEST_RUN marks its processes as this
# build's, so that scripts/test can name any left running.
function(guichet_test_environment out)
    set(${out} "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${PROJECT_BINARY_DIR}/test-runtime;QT_LOGGING_RULES=guichet.*.debug=false;GUICHET_TEST_RUN=${PROJECT_BINARY_DIR}" PARENT_SCOPE)
endfunction()

# guichet_register_test(<name> TARGET <target> [LABELS ...] [ENV ...]
#                       [WRAPPER cmd...] [ARGS ...] [TIMEOUT s])
function(guichet_register_test name)
    cmake_parse_arguments(ARG "" "TARGET;TIMEOUT" "LABELS;ENV;WRAPPER;ARGS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    guichet_test_command(command ${name} ${ARG_TIMEOUT}
        ${ARG_WRAPPER} $<TARGET_FILE:${ARG_TARGET}> ${ARG_ARGS})
    add_test(NAME ${name} COMMAND ${command})
    guichet_test_environment(env)
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${command_TIMEOUT}
        ENVIRONMENT "${env};${ARG_ENV}")
endfunction()

# guichet_add_test(<unit> SOURCES ... [LIBS ...] [LABELS ...] [ENV ...]
#                  [WRAPPER cmd...] [ARGS ...] [TIMEOUT s])
function(guichet_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;WRAPPER;ARGS" ${ARGN})
    set(target tst_${name})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test guichet::compile_options ${ARG_LIBS})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR})
    add_dependencies(${target} test_reaper)
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

# The PostgreSQL test cluster, as a CTest fixture: started once before the
# first test labelled "postgres", stopped after the last (tests/postgres/).
function(guichet_postgres_fixture)
    set(state ${PROJECT_BINARY_DIR}/test-postgres)
    add_test(NAME postgres_start COMMAND ${PROJECT_SOURCE_DIR}/tests/postgres/start.sh ${state})
    add_test(NAME postgres_stop COMMAND ${PROJECT_SOURCE_DIR}/tests/postgres/stop.sh ${state})
    # initdb and start: 55-66 s at a load of 20-25 on two cores (TIMEOUT 300).
    # Not under test_reaper: the cluster must outlive postgres_start; postgres_stop
    # (a fixture cleanup, run even when tests fail or time out) stops it.
    guichet_test_environment(env)
    set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres TIMEOUT 300
        ENVIRONMENT "${env}")
    set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgres)
    set(GUICHET_POSTGRES_URL_FILE ${state}/url PARENT_SCOPE)
endfunction()

# guichet_add_server_test(<unit> SOURCES ... [LIBS ...] [LABELS ...] [ENV ...] [TIMEOUT s]
#                         [POSTGRES_ONLY])
# A test against the real guichet-server, run on both storage back-ends:
# <unit>_sqlite and <unit>_postgres (the latter on the PostgreSQL fixture).
function(guichet_add_server_test name)
    cmake_parse_arguments(ARG "POSTGRES_ONLY" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    set(target tst_${name})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test guichet::compile_options guichet::test_support ${ARG_LIBS})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR})
    add_dependencies(${target} test_reaper)
    target_compile_definitions(${target} PRIVATE
        GUICHET_SOURCE_DIR="${PROJECT_SOURCE_DIR}" GUICHET_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    if(NOT ARG_LABELS)
        set(ARG_LABELS integration)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 180)
    endif()
    if(NOT ARG_POSTGRES_ONLY)
        guichet_register_test(${name}_sqlite TARGET ${target} LABELS ${ARG_LABELS}
            ENV ${ARG_ENV} TIMEOUT ${ARG_TIMEOUT})
    endif()
    guichet_register_test(${name}_postgres TARGET ${target} LABELS ${ARG_LABELS} postgres
        ENV ${ARG_ENV} GUICHET_TEST_POSTGRES_URL_FILE=${GUICHET_POSTGRES_URL_FILE} TIMEOUT ${ARG_TIMEOUT})
    set_tests_properties(${name}_postgres PROPERTIES FIXTURES_REQUIRED postgres)
endfunction()
