package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

/**
 * Makes every {@code List<TestCaseResult>} (a record's tests, the results sent from the agent) travel in the
 * compact form of record schema 2 ({@link CompactTestsWriter}) and read both that and the full objects of schema
 * 1 ({@link CompactTestsReader}). Other types are left to Jackson.
 */
public final class CompactTestsModule extends Module {

    @Override
    public String getModuleName() {
        return "system-test-compact-tests";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new ListSerializers());
        context.addDeserializers(new ListDeserializers());
    }

    private static boolean isTestList(CollectionType type) {
        return type.getContentType().getRawClass() == TestCaseResult.class;
    }

    private static final class ListSerializers extends Serializers.Base {
        @Override
        public JsonSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
                BeanDescription beanDesc, TypeSerializer elementTypeSerializer,
                JsonSerializer<Object> elementValueSerializer) {
            return isTestList(type) ? new CompactTestsWriter() : null;
        }
    }

    private static final class ListDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
                BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer,
                JsonDeserializer<?> elementDeserializer) {
            return isTestList(type) ? new CompactTestsReader() : null;
        }
    }
}
