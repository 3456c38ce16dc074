package io.diplomatictimeline.projection.conditional;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The knobs of conditional reads (projection.conditional-reads.* in application.yml).
 *
 * @param pollInterval how often the change log's last position is read, so that changes another instance applied to
 *                     the same database change this instance's tags too: a 304 may be this much behind them
 */
@ConfigurationProperties("projection.conditional-reads")
record ConditionalReadsProperties(Duration pollInterval) {
}
