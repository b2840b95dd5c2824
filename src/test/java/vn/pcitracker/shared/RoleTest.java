package vn.pcitracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void annotationConstantsNameExactlyTheRoles() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field field : Role.Names.class.getFields()) {
            boolean expression = field.getName().startsWith("HAS_") || field.getName().startsWith("IS_");
            if (Modifier.isStatic(field.getModifiers()) && !expression) {
                assertThat(field.get(null)).isEqualTo(field.getName());
                constants.add(field.getName());
            }
        }
        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void authoritiesCarrySpringsRolePrefix() {
        assertThat(Role.LEADER.authority()).isEqualTo("ROLE_LEADER");
    }
}
