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

# The PostgreSQL test cluster, as a CTest fixture: started once before the
# first test labelled "postgres", stopped after the last (tests/postgres/).
function(guichet_postgres_fixture)
    set(state ${PROJECT_BINARY_DIR}/test-postgres)
    add_test(NAME postgres_start COMMAND ${PROJECT_SOURCE_DIR}/tests/postgres/start.sh ${state})
    add_test(NAME postgres_stop COMMAND ${PROJECT_SOURCE_DIR}/tests/postgres/stop.sh ${state})
    set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres TIMEOUT 120)
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
    target_compile_definitions(${target} PRIVATE
        GUICHET_SOURCE_DIR="${PROJECT_SOURCE_DIR}" GUICHET_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    if(NOT ARG_LABELS)
        set(ARG_LABELS integration)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 600)
    endif()
    if(NOT ARG_POSTGRES_ONLY)
        guichet_register_test(${name}_sqlite TARGET ${target} LABELS ${ARG_LABELS}
            ENV ${ARG_ENV} TIMEOUT ${ARG_TIMEOUT})
    endif()
    guichet_register_test(${name}_postgres TARGET ${target} LABELS ${ARG_LABELS} postgres
        ENV ${ARG_ENV} GUICHET_TEST_POSTGRES_URL_FILE=${GUICHET_POSTGRES_URL_FILE} TIMEOUT ${ARG_TIMEOUT})
    set_tests_properties(${name}_postgres PROPERTIES FIXTURES_REQUIRED postgres)
endfunction()
