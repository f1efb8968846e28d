package io.cobranza.archfixture.domain;

/** A domain class that uses Spring: forbidden. */
@org.springframework.stereotype.Component
public class ImpureDomainClass {}
