# Compile options shared by every Guichet target, applied through an interface
# library instead of global flags so that third-party code is left alone.
add_library(guichet_compile_options INTERFACE)
add_library(guichet::compile_options ALIAS guichet_compile_options)

target_compile_features(guichet_compile_options INTERFACE cxx_std_20)
target_compile_definitions(guichet_compile_options INTERFACE
    QT_NO_FOREACH
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_KEYWORDS)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(guichet_compile_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual)
    if(GUICHET_WARNINGS_AS_ERRORS)
        target_compile_options(guichet_compile_options INTERFACE -Werror)
    endif()
endif()

if(GUICHET_SANITIZE)
    target_compile_options(guichet_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(guichet_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# guichet_library(<name> [SOURCES...]) declares the static library of one layer,
# with the guichet:: alias and the shared options.
function(guichet_library name)
    add_library(${name} STATIC ${ARGN})
    add_library(guichet::${name} ALIAS ${name})
    set_target_properties(${name} PROPERTIES OUTPUT_NAME guichet_${name})
    target_link_libraries(${name} PRIVATE guichet::compile_options)
    # Builds that instrument all of the project's code (tests/fuzz) find it here.
    set_property(GLOBAL APPEND PROPERTY GUICHET_LIBRARIES ${name})
endfunction()

target_compile_definitions(guichet_compile_options INTERFACE
    GUICHET_VERSION="${PROJECT_VERSION}")
