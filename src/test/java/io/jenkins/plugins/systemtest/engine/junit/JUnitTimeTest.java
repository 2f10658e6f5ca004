package io.jenkins.plugins.systemtest.engine.junit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "0.123      | 123",
        "12         | 12000",
        "'1,234.5'  | 1234500",
        "'12,345'   | 12345000",
        "'1,234,567.25' | 1234567250",
        "'0,5'      | 500",
        "'2,25'     | 2250",
        "' 0.0005 ' | 1",
        "1e-3       | 1",
        "''         | 0",
        "NULL       | 0",
        "garbage    | 0",
        "NaN        | 0",
        "Infinity   | 0",
        "-3.2       | 0",
        "0x10       | 0",
        "1.2.3      | 0",
        "1e400      | 0",
    })
    void shouldReadTimeAttributesAsToolsWriteThem(String time, long millis) {
        assertThat(JUnitTime.millis(time)).isEqualTo(millis);
    }
}
