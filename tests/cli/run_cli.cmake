# Runs civic-parse once and checks its exit code and output (cmake -P).
#   -DPROGRAM=…  -DARGS=a|b|c  -DEXPECT_RC=0 (or "0|1")  -DEXPECT_OUT=regex  -DJSON=ON  -DWORK=dir
#   -DINPUT=file (standard input)
# The argument "@large" is replaced by a 20 MB file generated in WORK (not committed).
cmake_minimum_required(VERSION 3.22)
file(MAKE_DIRECTORY "${WORK}")
string(REPLACE "|" ";" args "${ARGS}")
set(final_args)
foreach(a IN LISTS args)
  if(a STREQUAL "@large")
    set(path "${WORK}/large-20mb.txt")
    if(NOT EXISTS "${path}")
      # About 20 MB: paragraphs of prose with a few list items and signatory lines.
      set(unit "The Tamarind Falls assembly met again today and discussed the closure of the river port, the new tariffs and the arrests of students.\n\n– Release everyone detained for a peaceful protest;\n\nAmber Lantern Association (Kyrgyzstan)\n\n")
      string(LENGTH "${unit}" n)
      math(EXPR copies "1048576 / ${n} + 1")
      string(REPEAT "${unit}" ${copies} mebibyte)
      file(WRITE "${path}" "")
      foreach(i RANGE 1 20)
        file(APPEND "${path}" "${mebibyte}")
      endforeach()
    endif()
    list(APPEND final_args "${path}")
  else()
    list(APPEND final_args "${a}")
  endif()
endforeach()

# -DINPUT=@long-lines: an NDJSON stream generated in WORK whose first line is longer than
# the block civic-parse reads standard input by and ends in CRLF, then a blank line, and whose
# last line has no line feed.
if(INPUT STREQUAL "@long-lines")
  set(INPUT "${WORK}/long-lines.ndjson")
  string(REPEAT "the press must be free and " 4000 filler)  # 108 kB
  set(tail "\\n\\nSignatories:\\n\\nAmber Lantern Association (Kyrgyzstan)")
  file(WRITE "${INPUT}"
    "{\"id\":1,\"text\":\"Open letter on the press\\n\\nWe, the undersigned, say that ${filler}${tail}\"}\r\n\n"
    "{\"id\":2,\"text\":\"Joint statement\\n\\nWe, the undersigned, call for its release.${tail}\"}")
endif()

if(ARGS MATCHES "@large")
  # Megabytes of output are not worth keeping in memory: only the exit code matters here.
  execute_process(COMMAND "${PROGRAM}" ${final_args}
    RESULT_VARIABLE rc OUTPUT_FILE "${WORK}/large-output.txt" ERROR_VARIABLE err)
  set(out "")
elseif(DEFINED INPUT AND NOT INPUT STREQUAL "")
  # -DINPUT=file: civic-parse reads it on standard input (--ndjson, "-").
  execute_process(COMMAND "${PROGRAM}" ${final_args} INPUT_FILE "${INPUT}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
  execute_process(COMMAND "${PROGRAM}" ${final_args}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
string(LENGTH "${out}" out_length)
if(NOT rc MATCHES "^(${EXPECT_RC})$")
  string(SUBSTRING "${out}" 0 2000 head)
  message(FATAL_ERROR "civic-parse ${final_args}: exit code '${rc}', expected ${EXPECT_RC}\nstderr: ${err}\nstdout: ${head}")
endif()
if(DEFINED EXPECT_OUT AND NOT EXPECT_OUT STREQUAL "" AND NOT "${out}${err}" MATCHES "${EXPECT_OUT}")
  string(SUBSTRING "${out}" 0 2000 head)
  message(FATAL_ERROR "civic-parse ${final_args}: output does not match '${EXPECT_OUT}'\nstderr: ${err}\nstdout: ${head}")
endif()
if(JSON)
  string(JSON type ERROR_VARIABLE json_error TYPE "${out}")
  if(json_error OR NOT type STREQUAL "OBJECT")
    message(FATAL_ERROR "civic-parse ${final_args}: output is not a JSON object (${json_error})")
  endif()
endif()
message(STATUS "civic-parse ${final_args}: exit code ${rc}, ${out_length} bytes of output")
