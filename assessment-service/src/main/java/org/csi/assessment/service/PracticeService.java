package org.csi.assessment.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csi.assessment.domain.Formality;
import org.csi.assessment.domain.Practice;
import org.csi.platform.domain.NotFoundException;
import org.csi.platform.domain.ResultPage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The practice inventory: what is really done per process. */
@ApplicationScoped
@Transactional
public class PracticeService {

    public Practice create(RecordPractice command) {
        Practice practice = new Practice();
        practice.id = UUID.randomUUID();
        practice.createdAt = Instant.now();
        apply(practice, command);
        practice.persist();
        return practice;
    }

    public Practice replace(ReplacePractice command) {
        Practice practice = Practice.<Practice>findByIdOptional(command.id())
                .orElseThrow(() -> new NotFoundException("Practice", command.id()));
        command.expected().verify(practice.version);
        apply(practice, command.practice());
        Practice.getEntityManager().flush(); // the new version goes into the ETag of the answer
        return practice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Practice> find(UUID id) {
        return Practice.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Practice> list(String process, String service, Formality formality, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (process != null && !process.isBlank()) {
            clauses.add("process = :process");
            params.and("process", process);
        }
        if (service != null && !service.isBlank()) {
            clauses.add("service = :service");
            params.and("service", service);
        }
        if (formality != null) {
            clauses.add("formality = :formality");
            params.and("formality", formality);
        }
        Sort sort = Sort.ascending("process", "name");
        var query = clauses.isEmpty() ? Practice.<Practice>findAll(sort)
                : Practice.<Practice>find(String.join(" and ", clauses), sort, params);
        return ResultPage.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /**
     * The practices that describe a service: those recorded for it, and the process-wide ones (no service) of the
     * given processes, as they existed at {@code at}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Practice> ofService(String service, Collection<String> processes, Instant at) {
        if (processes.isEmpty()) {
            return Practice.list("service = ?1 and createdAt <= ?2", Sort.ascending("process", "name"), service, at);
        }
        return Practice.list("(service = ?1 or (service is null and process in ?2)) and createdAt <= ?3",
                Sort.ascending("process", "name"), service, processes, at);
    }

    private static void apply(Practice practice, RecordPractice command) {
        practice.process = command.process().strip();
        practice.service = command.service() == null || command.service().isBlank() ? null : command.service().strip();
        practice.name = command.name().strip();
        practice.formality = command.formality();
        practice.documented = command.documented();
        practice.owner = command.owner();
        practice.tools = command.tools() == null ? new ArrayList<>() : new ArrayList<>(command.tools());
        practice.notes = command.notes();
        practice.updatedAt = Instant.now();
    }
}
