package org.ironbridge.audit.internal;

import java.util.List;

import org.ironbridge.audit.FieldChange;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Field changes as stored: the exact JSON text is what gets hashed, so it is kept as text. */
@Component
public class ChangesCodec {

    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() { };

    private final JsonMapper json = JsonMapper.builder().build();

    String encode(List<FieldChange> changes) {
        return changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes);
    }

    List<FieldChange> decode(String text) {
        return text == null ? List.of() : json.readValue(text, LIST);
    }
}
