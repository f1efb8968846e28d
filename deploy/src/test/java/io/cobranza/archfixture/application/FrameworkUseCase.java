package io.cobranza.archfixture.application;

/** A use case that uses Spring: forbidden in the application. */
@org.springframework.stereotype.Service
public class FrameworkUseCase {}
