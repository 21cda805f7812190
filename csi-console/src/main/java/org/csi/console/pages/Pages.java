package org.csi.console.pages;

import java.util.List;

import org.csi.console.client.ServiceProblem;
import org.csi.console.client.Views;
import org.csi.console.client.Views.Communication;
import org.csi.console.client.Views.Delivery;
import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Subscription;
import org.csi.console.live.LiveEvent;
import org.csi.console.signin.Person;
import org.csi.console.views.Ideas;
import org.csi.console.views.InitiativeReport;
import org.csi.console.views.Register;
import org.csi.console.views.ServiceView;
import org.csi.console.views.SipBoard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * The console's pages (src/main/resources/templates), checked against these parameters at build time. The records
 * read only inside user tags (tags/*.html, where {@code it} is not type-checked) get value resolvers here.
 */
@CheckedTemplate
@TemplateData(target = Views.Score.class)
@TemplateData(target = Views.ScorePart.class)
@TemplateData(target = Views.Reference.class)
@TemplateData(target = Views.Benefit.class)
public final class Pages {

    private Pages() {
    }

    public static native TemplateInstance signin(List<String> roles, String next, String message,
            boolean localSignIn);

    public static native TemplateInstance register(Person person, Register.Table table, List<String> focusAreas,
            List<String> statuses);

    public static native TemplateInstance initiative(Person person, InitiativeReport.View view);

    public static native TemplateInstance report(Person person, InitiativeReport.View view, String printedAt);

    public static native TemplateInstance board(Person person, List<SipBoard.Column> columns, String initiativeId,
            ServiceProblem problem, String done, String sort);

    public static native TemplateInstance ideas(Person person, Ideas.Listing listing, List<String> statuses,
            List<String> sources, List<String> focusAreas, ServiceProblem problem, String done);

    public static native TemplateInstance service(Person person, ServiceView.View view);

    public static native TemplateInstance communications(Person person, Page<Communication> page, String initiativeId,
            String audience, String channel, String status);

    public static native TemplateInstance subscriptions(Person person, List<Subscription> subscriptions);

    public static native TemplateInstance deliveries(Person person, Subscription subscription, List<Delivery> deliveries);

    public static native TemplateInstance live(Person person, List<LiveEvent> recent);

    public static native TemplateInstance error(Person person, ServiceProblem problem);
}
