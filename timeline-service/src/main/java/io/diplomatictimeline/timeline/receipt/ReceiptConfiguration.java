package io.diplomatictimeline.timeline.receipt;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReceiptConfiguration {

    /** Axon's default only logs a handler's failure; a receipt that cannot be written must fail the command. */
    @Autowired
    void propagateReceiptFailures(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(FactReceiptRecorder.GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
